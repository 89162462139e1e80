package it.orienta.matching;

import java.util.Collection;

/**
 * The level of an education title, the same on both sides of matching: the first digit of the ISTAT
 * classification of Italian education titles (2005, {@code person_education_title.title_code}, eight digits; e.g.
 * {@code 40000000} and everything under it is an upper-secondary diploma). The order is the order of the levels.
 */
public enum EducationLevel {
    /** No title recorded, or none asked. */
    NONE,
    /** 1: licenza elementare. */
    PRIMARY,
    /** 2: licenza media. */
    LOWER_SECONDARY,
    /** 3: upper-secondary title that gives no access to university (qualifica professionale, …). */
    VOCATIONAL_QUALIFICATION,
    /** 4: upper-secondary diploma (diploma di maturità). */
    UPPER_SECONDARY,
    /** 5: non-university tertiary diploma (ITS, AFAM). */
    NON_UNIVERSITY_TERTIARY,
    /** 6: diploma universitario (the old short university diploma). */
    UNIVERSITY_DIPLOMA,
    /** 7: laurea (first or second cycle, old or new order). */
    DEGREE,
    /** 8: post-graduate (master, specialisation). */
    POSTGRADUATE,
    /** 9: dottorato di ricerca. */
    DOCTORATE;

    /** The level of one ISTAT title code; {@link #NONE} for a code that is not one. */
    public static EducationLevel ofTitleCode(String code) {
        if (code == null || code.isEmpty() || !Character.isDigit(code.charAt(0))) {
            return NONE;
        }
        int digit = code.charAt(0) - '0';
        return digit >= 1 && digit <= 9 ? values()[digit] : NONE;
    }

    /** The highest level among these title codes. */
    public static EducationLevel highest(Collection<String> titleCodes) {
        var highest = NONE;
        for (String code : titleCodes) {
            var level = ofTitleCode(code);
            if (level.compareTo(highest) > 0) highest = level;
        }
        return highest;
    }
}
