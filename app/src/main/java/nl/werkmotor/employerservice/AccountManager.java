package nl.werkmotor.employerservice;

/** The signed-in WSP account manager a request comes from; a claim is signed with their login and name. */
record AccountManager(String login, String name, String organisationId) {
}
