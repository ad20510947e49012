package nl.werkmotor.employerservice;

/**
 * @param date a day as yyyy-MM-dd, as a form's date field and the API send it
 * @param kind a {@link ContactKind} name
 */
record RecordContactMomentCommand(AccountManager author, long employerId, String date, String kind, String summary) {
}
