package nl.werkmotor.employerservice;

record ReleaseEmployerCommand(AccountManager owner, long employerId) {
}
