package it.orienta;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Employers for tests: a valid partita IVA that no other test of the run uses (the database is shared by the
 * application contexts of a run, and an employer's tax code is unique).
 */
public final class Employers {

    /** Where this JVM's codes start: apart from another JVM's run on the same database, then one apart each. */
    private static final AtomicLong NEXT = new AtomicLong(1_000_000_000L + (System.nanoTime() & 0x7fffffffL) * 3);

    private Employers() {}

    /** A new valid partita IVA: ten digits and the check digit of the Agenzia delle Entrate's algorithm. */
    public static String partitaIva() {
        long n = 1_000_000_000L + Math.floorMod(NEXT.getAndAdd(7919L), 8_999_999_999L);
        String base = String.format("%010d", n);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = base.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return base + (10 - sum % 10) % 10;
    }
}
