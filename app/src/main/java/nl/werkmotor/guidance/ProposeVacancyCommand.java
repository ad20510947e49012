package nl.werkmotor.guidance;

record ProposeVacancyCommand(CaseWorker author, long personId, long vacancyId) {
}
