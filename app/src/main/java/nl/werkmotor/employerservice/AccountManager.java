package nl.werkmotor.employerservice;

/**
 * The signed-in WSP account manager a request comes from; a claim is signed with their login and name.
 *
 * @param regionCode the arbeidsmarktregio their organisation serves; null where their login does not say
 */
record AccountManager(String login, String name, String organisationId, String regionCode) {
}
