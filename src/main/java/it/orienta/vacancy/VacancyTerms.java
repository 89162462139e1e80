package it.orienta.vacancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The vocabulary of employers and vacancies (ClicLavoro's "richiesta di personale" / SAP), one enum per term, kept in
 * one place so that the feed, the CSV import, matching and proposals name the same values.
 */
public final class VacancyTerms {

    private VacancyTerms() {}

    /** Where an employer or a vacancy came from; {@code external_id} is unique per source. */
    public enum Source {
        MANUAL,
        REGIONAL_FEED,
        CSV
    }

    /** The employer's size by its employees: MICRO &lt;10, SMALL 10–49, MEDIUM 50–249, LARGE 250+. */
    public enum SizeBand {
        MICRO,
        SMALL,
        MEDIUM,
        LARGE;

        /** The band of a number of employees. */
        public static SizeBand of(int employees) {
            if (employees < 10) return MICRO;
            if (employees < 50) return SMALL;
            if (employees < 250) return MEDIUM;
            return LARGE;
        }
    }

    /** The contract offered: indeterminato, determinato, apprendistato, somministrazione, tirocinio, stagionale. */
    public enum ContractType {
        PERMANENT,
        FIXED_TERM,
        APPRENTICESHIP,
        AGENCY,
        TRAINEESHIP,
        SEASONAL,
        OTHER
    }

    /** Full time, part time, shifts. */
    public enum WorkingTime {
        FULL_TIME,
        PART_TIME,
        SHIFTS
    }

    /**
     * A vacancy's status. FILLED and WITHDRAWN are final; EXPIRED may be re-opened with a new expiry, or still be
     * filled (hired after the deadline) or withdrawn — what the regional system reports of an expired vacancy (issue
     * 13's import); OPEN and SUSPENDED go back and forth.
     */
    public enum Status {
        OPEN,
        SUSPENDED,
        FILLED,
        EXPIRED,
        WITHDRAWN;

        /** Still running: open or suspended (what {@code closeExpired} closes when its expiry passed). */
        public boolean live() {
            return this == OPEN || this == SUSPENDED;
        }

        /** The statuses an operator may move this one to (EXPIRED is the system's, at the expiry). */
        public Set<Status> next() {
            return switch (this) {
                case OPEN -> EnumSet.of(SUSPENDED, FILLED, WITHDRAWN);
                case SUSPENDED -> EnumSet.of(OPEN, FILLED, WITHDRAWN);
                case EXPIRED -> EnumSet.of(OPEN, FILLED, WITHDRAWN);
                case FILLED, WITHDRAWN -> EnumSet.noneOf(Status.class);
            };
        }
    }

    /** What an upsert did to the record {@code id}. */
    public record Upserted(java.util.UUID id, Upsert what) {}

    /** What an upsert by (source, external id) did. */
    public enum Upsert {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * The ISTAT education level of a title code (the classification of {@code person_education_title.title_code},
     * CTSI03, 8 digits): its first digit, 1 licenza elementare … 4 diploma di maturità … 7 laurea magistrale, 8
     * post-laurea. {@code null} for a code that is not one.
     */
    public static Integer educationLevel(String titleCode) {
        if (titleCode == null || !titleCode.matches("\\d{8}")) {
            return null;
        }
        int level = titleCode.charAt(0) - '0';
        return level >= 1 && level <= 8 ? level : null;
    }

    /** The education levels a vacancy may ask for (1–8). */
    public static final int MIN_EDUCATION_LEVEL = 1;

    public static final int MAX_EDUCATION_LEVEL = 8;
}
