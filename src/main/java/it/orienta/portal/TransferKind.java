package it.orienta.portal;

/** An upload of a CV to the portal, or the removal of a CV from the CV search system. */
public enum TransferKind {
    UPLOAD,
    REMOVAL
}
