package nl.werkmotor.employerservice;

record ClaimEmployerCommand(AccountManager claimant, long employerId) {
}
