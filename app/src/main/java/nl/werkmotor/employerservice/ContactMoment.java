package nl.werkmotor.employerservice;

import java.time.LocalDate;

record ContactMoment(long id, long employerId, LocalDate date, ContactKind kind, String summary, String authorName) {
}
