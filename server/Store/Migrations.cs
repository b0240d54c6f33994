namespace NmnGraph.Server.Store;

/// <summary>
/// The ordered schema history. <c>PRAGMA user_version</c> holds the last applied version; opening a
/// database applies the missing steps, each in its own transaction.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "core tables", """
            CREATE TABLE store_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE topics (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                parent_id INTEGER REFERENCES topics(id) ON DELETE SET NULL
            );
            CREATE INDEX ix_topics_parent ON topics(parent_id, id);

            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                author TEXT,
                publisher TEXT,
                published_on TEXT,
                column_name TEXT,
                source_url TEXT,
                text TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                imported_at TEXT NOT NULL
            );
            CREATE INDEX ix_articles_published ON articles(published_on, id);
            CREATE INDEX ix_articles_title ON articles(title COLLATE NOCASE, id);
            CREATE INDEX ix_articles_author ON articles(author COLLATE NOCASE);

            CREATE TABLE blocks (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;

            CREATE TABLE studies (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                title TEXT,
                authors TEXT NOT NULL DEFAULT '[]',
                journal TEXT,
                year INTEGER,
                volume TEXT,
                issue TEXT,
                pages TEXT,
                doi TEXT COLLATE NOCASE UNIQUE,
                pmid TEXT,
                institutions TEXT NOT NULL DEFAULT '[]',
                design_summary TEXT NOT NULL,
                design_in_vitro TEXT,
                design_animal TEXT,
                design_species TEXT,
                design_dose TEXT,
                design_route TEXT,
                design_duration TEXT,
                design_human_trial INTEGER NOT NULL DEFAULT 0,
                findings TEXT NOT NULL DEFAULT '[]',
                evidence_levels TEXT NOT NULL DEFAULT '[]',
                verification_status TEXT NOT NULL,
                verification_note TEXT,
                verification_sources TEXT NOT NULL DEFAULT '[]'
            );
            CREATE INDEX ix_studies_year ON studies(year, id);
            CREATE INDEX ix_studies_title ON studies(title COLLATE NOCASE, id);
            CREATE INDEX ix_studies_verification ON studies(verification_status);

            CREATE TABLE study_topics (
                study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
                topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                PRIMARY KEY (study_id, topic_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_study_topics_topic ON study_topics(topic_id, study_id);

            CREATE TABLE citations (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
                mode TEXT NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX ix_citations_article ON citations(article_id, start);
            CREATE INDEX ix_citations_study ON citations(study_id, article_id);

            CREATE TABLE claims (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                statement TEXT NOT NULL,
                kind TEXT NOT NULL,
                about_nmn INTEGER NOT NULL,
                evidence_level TEXT NOT NULL,
                level_not_applicable INTEGER NOT NULL DEFAULT 0,
                caveats TEXT NOT NULL DEFAULT '[]'
            );
            CREATE INDEX ix_claims_kind ON claims(kind, id);
            CREATE INDEX ix_claims_level ON claims(evidence_level, id);
            CREATE INDEX ix_claims_statement ON claims(statement COLLATE NOCASE, id);

            CREATE TABLE claim_topics (
                claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                PRIMARY KEY (claim_id, topic_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_claim_topics_topic ON claim_topics(topic_id, claim_id);

            CREATE TABLE mentions (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL
            );
            CREATE INDEX ix_mentions_claim ON mentions(claim_id, article_id, start);
            CREATE INDEX ix_mentions_article ON mentions(article_id, start, claim_id);

            CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
                stance TEXT NOT NULL,
                level TEXT NOT NULL,
                note TEXT,
                UNIQUE (claim_id, study_id, level)
            );
            CREATE INDEX ix_evidence_study ON evidence(study_id, claim_id);

            CREATE TABLE corrections (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                original TEXT NOT NULL,
                likely_intended TEXT NOT NULL,
                confidence TEXT NOT NULL,
                rationale TEXT
            );
            CREATE INDEX ix_corrections_article ON corrections(article_id, start);
            """),

        // The search index keys each row by entity: rowid = id * 4 + kind (1 article, 2 study, 3 claim),
        // so that triggers can replace a row without scanning the index.
        new(2, "full-text search", """
            CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

            CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 1, new.title, new.text);
            END;
            CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
            END;
            CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 1, new.title, new.text);
            END;

            CREATE TRIGGER studies_search_insert AFTER INSERT ON studies BEGIN
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, coalesce(new.title, new.label),
                    (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.findings)));
            END;
            CREATE TRIGGER studies_search_delete AFTER DELETE ON studies BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
            END;
            CREATE TRIGGER studies_search_update AFTER UPDATE OF title, label, findings ON studies BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, coalesce(new.title, new.label),
                    (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.findings)));
            END;

            CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 3, new.statement, '');
            END;
            CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
            END;
            CREATE TRIGGER claims_search_update AFTER UPDATE OF statement ON claims BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 3, new.statement, '');
            END;

            -- Index what an older database already holds.
            INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 1, title, text FROM articles;
            INSERT INTO search_index(rowid, title, body)
                SELECT id * 4 + 2, coalesce(title, label), (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(studies.findings)) FROM studies;
            INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 3, statement, '' FROM claims;
            """),
        new(3, "newest-first article index", """
            -- Matches the default order of Query.articles (undated last, newest first, then id) so that the first
            -- page reads 20 index entries instead of sorting every article (100,000 articles: 340 ms -> 1 ms).
            CREATE INDEX ix_articles_newest ON articles(published_on IS NULL, published_on DESC, id DESC);
            """),
        new(4, "claims by evidence strength", """
            -- The expression is FilterSql.LevelRank's, so claims ordered by evidenceLevel (all, or of one kind) page
            -- through an index instead of sorting (100,000 articles, one kind, deep page: 270 ms -> under 1 ms).
            CREATE INDEX ix_claims_rank ON claims(
                CASE evidence_level WHEN 'HUMAN_TRIAL' THEN 0 WHEN 'HUMAN_OBSERVATIONAL' THEN 1 WHEN 'ANIMAL_MODEL' THEN 2
                WHEN 'IN_VITRO' THEN 3 WHEN 'NONE' THEN 4 WHEN 'NOT_APPLICABLE' THEN 5 ELSE 99 END, id);
            CREATE INDEX ix_claims_kind_rank ON claims(kind,
                CASE evidence_level WHEN 'HUMAN_TRIAL' THEN 0 WHEN 'HUMAN_OBSERVATIONAL' THEN 1 WHEN 'ANIMAL_MODEL' THEN 2
                WHEN 'IN_VITRO' THEN 3 WHEN 'NONE' THEN 4 WHEN 'NOT_APPLICABLE' THEN 5 ELSE 99 END, id);
            """),
        new(5, "evidence verification and curated claim levels", """
            -- How far each evidence link was checked. Links stored before this step were never checked: they
            -- count as article-only until a curator says otherwise (the seed corpus is reconciled on open).
            ALTER TABLE evidence ADD COLUMN verification TEXT NOT NULL DEFAULT 'ARTICLE_ONLY';

            -- A level given by the fact base or a curator wins over the computed one; NULL means computed.
            ALTER TABLE claims ADD COLUMN curated_level TEXT;
            UPDATE claims SET curated_level = 'NOT_APPLICABLE' WHERE level_not_applicable = 1;
            ALTER TABLE claims DROP COLUMN level_not_applicable;
            -- Nothing stored so far is checked, so no computed level survives (EvidenceRules.ClaimLevel).
            UPDATE claims SET evidence_level = coalesce(curated_level, 'NONE');

            -- The level ranks follow FilterSql.LevelRank, which now knows the reasons for having no evidence.
            DROP INDEX ix_claims_rank;
            DROP INDEX ix_claims_kind_rank;
            CREATE INDEX ix_claims_rank ON claims(
                CASE evidence_level WHEN 'HUMAN_TRIAL' THEN 0 WHEN 'HUMAN_OBSERVATIONAL' THEN 1 WHEN 'ANIMAL_MODEL' THEN 2
                WHEN 'IN_VITRO' THEN 3 WHEN 'NONE_EXTRAPOLATION' THEN 4 WHEN 'NONE_MECHANISTIC_SPECULATION' THEN 5
                WHEN 'NONE_BACKGROUND' THEN 6 WHEN 'NONE' THEN 7 WHEN 'NOT_APPLICABLE' THEN 8 ELSE 99 END, id);
            CREATE INDEX ix_claims_kind_rank ON claims(kind,
                CASE evidence_level WHEN 'HUMAN_TRIAL' THEN 0 WHEN 'HUMAN_OBSERVATIONAL' THEN 1 WHEN 'ANIMAL_MODEL' THEN 2
                WHEN 'IN_VITRO' THEN 3 WHEN 'NONE_EXTRAPOLATION' THEN 4 WHEN 'NONE_MECHANISTIC_SPECULATION' THEN 5
                WHEN 'NONE_BACKGROUND' THEN 6 WHEN 'NONE' THEN 7 WHEN 'NOT_APPLICABLE' THEN 8 ELSE 99 END, id);
            """),
        new(6, "studies found by label, authors, journal, year and identifiers", $"""
            -- A study's index row: its label and title (`Lu et al. 2023, J Gerontol A: Nicotinamide …`) as the
            -- title, and authors, journal, year, DOI, PMID and findings as the body, so that `lu 2023`, `Zreiqat`
            -- and `10.1093/gerona/glac175` find the study itself and not only the articles that cite it.
            DROP TRIGGER studies_search_insert;
            DROP TRIGGER studies_search_update;
            CREATE TRIGGER studies_search_insert AFTER INSERT ON studies BEGIN
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, {StudyTitle("new")}, {StudyBody("new")});
            END;
            CREATE TRIGGER studies_search_update AFTER UPDATE OF label, title, authors, journal, year, doi, pmid, findings ON studies BEGIN
                DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
                INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, {StudyTitle("new")}, {StudyBody("new")});
            END;
            DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + 2 FROM studies);
            INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 2, {StudyTitle("studies")}, {StudyBody("studies")} FROM studies;

            -- An exact PMID in a search is looked up, not scanned for (DOIs have their UNIQUE index).
            CREATE INDEX ix_studies_pmid ON studies(pmid);
            """),
        new(7, "keyset paging indexes", """
            -- Keyset cursors compare (key, id) row values; the keys are FilterSql's never-null expressions, so these
            -- indexes answer "the page after this row" with a range search at any depth, in either direction.
            DROP INDEX ix_articles_newest;
            CREATE INDEX ix_articles_by_date ON articles(coalesce(published_on, ''), id);
            CREATE INDEX ix_studies_by_year ON studies(coalesce(year, -1), id);
            CREATE INDEX ix_studies_by_title ON studies(coalesce(title, label) COLLATE NOCASE, id);
            """),

        // PostgreSQL's migration 8 makes its search index read words as this FTS5 index (unicode61, remove_diacritics 2)
        // already does; here it changes nothing, and keeps both engines at the same schema version.
        new(8, "search words as on SQLite, word counts for bm25", """
            SELECT 1;
            """),
    ];

    private static string StudyTitle(string row) => $"{row}.label || coalesce(': ' || {row}.title, '')";

    private static string StudyBody(string row) =>
        $"concat_ws(' ', (SELECT group_concat(value, ' ') FROM json_each({row}.authors)), {row}.journal, {row}.year, {row}.doi, {row}.pmid, " +
        $"(SELECT group_concat(value, ' ') FROM json_each({row}.findings)))";

    public static int LatestVersion => All[^1].Version;
}
