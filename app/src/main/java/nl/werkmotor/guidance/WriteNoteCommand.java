package nl.werkmotor.guidance;

/** @param purpose a {@link NotePurpose} name, as a form or the API sends it (checked by {@link WritingNote}) */
record WriteNoteCommand(CaseWorker author, long personId, String purpose, String text) {
}
