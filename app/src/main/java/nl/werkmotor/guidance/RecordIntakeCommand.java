package nl.werkmotor.guidance;

record RecordIntakeCommand(CaseWorker author, long personId, String situation, String wishes, String supportNeeds,
                           String nextSteps) {
}
