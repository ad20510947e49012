package nl.werkmotor.taxonomy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.taxonomy.internal.EscoFiles;
import nl.werkmotor.taxonomy.internal.EscoReader;
import nl.werkmotor.taxonomy.internal.TaxonomyData;
import nl.werkmotor.taxonomy.internal.TaxonomyTables;

/**
 * Replaces the taxonomy with an ESCO CSV package. All files are read and checked before the database
 * is touched; the tables are then replaced in one transaction, so a refused or failed import leaves
 * the previous taxonomy as it was, and readers see either the old or the new one, never a mix.
 */
@Component
public class ImportingTaxonomy {

    private static final Logger log = LoggerFactory.getLogger(ImportingTaxonomy.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ImportingTaxonomy(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /**
     * @throws TaxonomyImportRefused when a source is missing or a file is broken, naming file and line
     */
    public TaxonomyImportResult importTaxonomy(ImportTaxonomyCommand command) {
        long start = System.nanoTime();
        TaxonomyData data;
        String version;
        String source;
        try (EscoFiles files = EscoFiles.of(command.sources())) {
            version = command.explicitVersion().or(files::recognisedVersion).orElse("unknown");
            source = files.describeSources();
            data = EscoReader.read(files);
        }
        long read = System.nanoTime();
        data.warnings.forEach(w -> log.warn("ESCO {}: {}", version, w));
        transaction.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                TaxonomyTables.replace(connection, data);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Writing the taxonomy failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            jdbc.update("update taxonomy_import set is_current = false where is_current");
            jdbc.update("""
                    insert into taxonomy_import (version, source, occupations, skills, relations, skill_groups,
                        isco_groups, labels, is_current)
                    values (?, ?, ?, ?, ?, ?, ?, ?, true)""",
                    version, source, data.occupations.size(), data.skills.size(), data.occupationSkills.size(),
                    data.skillGroups.size(), data.iscoGroups.size(), data.labels.size());
        });
        TaxonomyImportResult result = new TaxonomyImportResult(version, source, data.occupations.size(), data.skills.size(),
                data.occupationSkills.size(), data.skillGroupsInFile, data.skillGroups.size() - data.skillGroupsInFile,
                data.iscoGroups.size(), data.broaderRelations.size(), data.skillRelations.size(),
                data.collectionMembers.size(), data.labelsEn, data.labelsNl, data.labelsCrosswalk,
                data.crosswalkRowsUnknownConcept + data.crosswalkRowsBroadOrNarrow, data.warnings,
                Duration.ofNanos(System.nanoTime() - start));
        log.info("{} (files read and checked in {} ms, tables written in {} ms)", result.summary(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        events.publishEvent(new TaxonomyImported(version, result.occupations(), result.skills(),
                result.occupationSkillRelations(), result.labels()));
        return result;
    }
}
