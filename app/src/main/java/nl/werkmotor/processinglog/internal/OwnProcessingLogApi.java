package nl.werkmotor.processinglog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.processinglog.Actor;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.PageQuery;

/**
 * {@code GET /api/v1/mijn-gegevens/verwerkingen?page=&pageSize=}: the signed-in person's own processing log,
 * newest first, in plain language (Dutch and English). Only for the person themselves: anyone else has
 * no such log (404).
 */
@RestController
class OwnProcessingLogApi {

    static final int MAX_PAGE_SIZE = 100;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SignedInPerson signedIn;
    private final FindProcessingRecords records;

    OwnProcessingLogApi(SignedInPerson signedIn, FindProcessingRecords records) {
        this.signedIn = signedIn;
        this.records = records;
    }

    @GetMapping("/api/v1/mijn-gegevens/verwerkingen")
    List<ProcessingOfMyData> ownProcessingLog(@RequestParam(defaultValue = "1") String page,
                                @RequestParam(defaultValue = "20") String pageSize) {
        PageQuery query = PageQuery.of(page, pageSize, MAX_PAGE_SIZE);
        long person = signedIn.personId().orElseThrow(() -> ApiProblem.notFound(
                new Message("Niet gevonden", "Not found"),
                new Message("Bij dit account hoort geen werkzoekende; alleen iemand zelf kan zijn verwerkingen zien.",
                        "This account is not a job seeker's; only a person themselves can see their processing log.")));
        return records.aboutPerson(person, query.page(), query.pageSize()).stream().map(ProcessingOfMyData::of).toList();
    }

    /**
     * One processing of the person's data, as they read it.
     *
     * @param moment    when it ended
     * @param what      what was done, in the words of the module that did it; older records are Dutch in both
     * @param operationText e.g. "bekeken" / "viewed"
     */
    record ProcessingOfMyData(Instant moment, Operation operation, Message operationText, Message what,
                              ProcessingWhy why, ProcessingActor who) {

        static ProcessingOfMyData of(ProcessingRecord record) {
            Actor actor = record.actor();
            ProcessingPurpose purpose = record.purpose();
            return new ProcessingOfMyData(record.endTime(), record.operation(), text(record.operation()::text),
                    record.name(),
                    new ProcessingWhy(purpose, purpose.activityId(), record.legalBasis(), text(purpose::text)),
                    new ProcessingActor(actor.name(), actor.isSystem() ? null : text(actor.role()::displayName),
                            actor.isSystem() ? null : actor.organisation().name()));
        }

        private static Message text(Function<Locale, String> inLanguage) {
            return new Message(inLanguage.apply(DUTCH), inLanguage.apply(ENGLISH));
        }
    }

    /**
     * @param activityId the processing activity in Werkmotor's register (AVG art. 30)
     * @param legalBasis the grounds in law at the time
     */
    record ProcessingWhy(ProcessingPurpose purpose, String activityId, String legalBasis, Message text) {
    }

    /**
     * @param role         null when Werkmotor did it itself
     * @param organisation null when Werkmotor did it itself
     */
    record ProcessingActor(String name, Message role, String organisation) {
    }
}
