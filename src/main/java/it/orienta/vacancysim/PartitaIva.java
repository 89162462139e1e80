package it.orienta.vacancysim;

/**
 * The Italian partita IVA: 7 digits of the taxpayer's number, 3 of the provincial office (the ISTAT code of the
 * province for most), and a check digit computed as Luhn's: digits in odd positions added as they are, those in
 * even positions doubled (less 9 when over 9), the check digit bringing the sum to a multiple of 10.
 */
final class PartitaIva {

    private PartitaIva() {}

    /** The check digit of the first ten digits. */
    static int checkDigit(String firstTen) {
        if (firstTen == null || !firstTen.matches("\\d{10}")) {
            throw new IllegalArgumentException("ten digits expected: " + firstTen);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = firstTen.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** A partita IVA of this taxpayer number (0–9,999,999) at this office (001–121), with its check digit. */
    static String of(int number, String office) {
        String firstTen = "%07d%s".formatted(number, office);
        return firstTen + checkDigit(firstTen);
    }

    static boolean isValid(String vat) {
        return vat != null && vat.matches("\\d{11}") && checkDigit(vat.substring(0, 10)) == vat.charAt(10) - '0';
    }
}
