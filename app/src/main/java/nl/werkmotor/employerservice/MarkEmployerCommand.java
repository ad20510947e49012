package nl.werkmotor.employerservice;

/** @param sector a {@link nl.werkmotor.taxonomy.Sector} name, or empty for the employer's own */
record MarkEmployerCommand(AccountManager owner, long employerId, boolean keyAccount, String sector) {
}
