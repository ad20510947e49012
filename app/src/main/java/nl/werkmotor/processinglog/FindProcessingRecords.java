package nl.werkmotor.processinglog;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.internal.ProcessingLog;

/** The processing log of one person, for the person themselves. */
@Component
public class FindProcessingRecords {

    /** Where the records are kept: the person's data export names its sources. */
    public static final String TABLE = "processing_record";

    private final ProcessingLog log;

    FindProcessingRecords(ProcessingLog log) {
        this.log = log;
    }

    /** @param page from 1; newest first */
    public List<ProcessingRecord> aboutPerson(long personId, int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages count from 1 and hold at least one record");
        }
        return log.aboutPerson(personId, (long) (page - 1) * pageSize, pageSize);
    }
}
