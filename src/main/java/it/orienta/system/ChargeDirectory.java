package it.orienta.system;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which centre has each person in charge: part of the regional registry that every operator may see (to avoid
 * duplicates and find persons who moved), unlike the case itself. Implemented by the intake module.
 */
public interface ChargeDirectory {

    /** The label of the centre ("CPI Pisa (PI)") that has each person in charge; persons in charge nowhere are absent. */
    Map<UUID, String> chargeCentres(Collection<UUID> personIds);
}
