package nl.werkmotor.guidance;

/** The signed-in klantmanager a request comes from; what they write is signed with their login and name. */
record CaseWorker(String login, String name, String organisationId) {
}
