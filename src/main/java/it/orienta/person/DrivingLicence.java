package it.orienta.person;

/** Italian driving licence categories, plus the professional qualification (CQC) and tachograph card. */
public enum DrivingLicence {
    AM,
    A1,
    A2,
    A,
    B1,
    B,
    BE,
    C1,
    C1E,
    C,
    CE,
    D1,
    D1E,
    D,
    DE,
    CQC_PERSONE,
    CQC_MERCI,
    CARTA_TACHIGRAFICA
}
