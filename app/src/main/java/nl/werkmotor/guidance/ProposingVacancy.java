package nl.werkmotor.guidance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.web.ApiProblem.Message;

/** Puts a vacancy before a person in the case worker's caseload, once: proposing it again changes nothing. */
@Component
class ProposingVacancy {

    private final FindCaseload caseload;
    private final FindVacancies vacancies;
    private final JdbcTemplate jdbc;
    private final RecordingProcessing processing;

    ProposingVacancy(FindCaseload caseload, FindVacancies vacancies, JdbcTemplate jdbc, RecordingProcessing processing) {
        this.caseload = caseload;
        this.vacancies = vacancies;
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /**
     * @throws NotInCaseload when the person is not in the case worker's caseload
     * @throws Refusal       when there is no such vacancy
     */
    @Transactional
    public void propose(ProposeVacancyCommand command) {
        caseload.member(command.author(), command.personId());
        Vacancy vacancy = vacancies.byId(command.vacancyId()).orElseThrow(() -> Refusal.of("vacature",
                "Er is geen vacature " + command.vacancyId() + ".", "There is no vacancy " + command.vacancyId() + "."));
        jdbc.update("""
                insert into vacancy_proposal (person_id, vacancy_id, vacancy_title, author, author_name)
                values (?, ?, ?, ?, ?) on conflict (person_id, vacancy_id) do nothing""", command.personId(),
                vacancy.id(), vacancy.title(), command.author().login(), command.author().name());
        processing.record(command.personId(), Operation.CREATE, ProcessingPurpose.MATCHING,
                new Message("Vacature aan u voorgesteld door uw klantmanager: " + vacancy.title(),
                        "Vacancy suggested to you by your case worker: " + vacancy.title()));
    }
}
