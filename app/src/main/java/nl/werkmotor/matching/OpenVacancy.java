package nl.werkmotor.matching;

import java.time.LocalDate;

/**
 * A vacancy open longer than {@link FindingOpenVacancies#WEEKS} weeks and how many people could fill it. No person
 * is named, counted by id or otherwise told apart: the count is the only thing about people.
 *
 * @param sectorCode       the region sector of the employer's SBI section; null when the region files it under none
 * @param municipalityCode the vacancy's municipality; null when its postcode area is unknown
 * @param candidates       the people who fit, up to {@link FindingOpenVacancies#CAP} (then {@code capped})
 */
public record OpenVacancy(long id, String title, long employerId, String employerName, String sectorCode,
                          String sectorNameNl, String sectorNameEn, String municipalityCode, String municipalityName,
                          LocalDate publishedOn, long weeksOpen, int candidates, boolean capped) {
}
