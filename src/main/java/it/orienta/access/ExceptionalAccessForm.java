package it.orienta.access;

import it.orienta.system.PlainText;

/** The request of an exceptional access. */
class ExceptionalAccessForm {
    private ExceptionalAccessReason reason;

    @PlainText(multiline = true)
    private String text;

    public ExceptionalAccessReason getReason() {
        return reason;
    }

    public void setReason(ExceptionalAccessReason v) {
        reason = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }
}
