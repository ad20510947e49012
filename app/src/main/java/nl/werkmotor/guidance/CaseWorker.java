package nl.werkmotor.guidance;

import nl.werkmotor.identity.CurrentUser;

/** The signed-in klantmanager a request comes from; what they write is signed with their login and name. */
record CaseWorker(String login, String name, String organisationId) {

    /** The case worker a klantmanager's login is; check the role first. */
    static CaseWorker of(CurrentUser user) {
        return new CaseWorker(user.username(), user.name(), user.organisation().id());
    }
}
