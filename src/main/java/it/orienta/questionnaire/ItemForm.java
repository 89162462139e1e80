package it.orienta.questionnaire;

import java.util.Locale;

/** A question or an indicator as the admin page sends it; the code is put in capitals. */
class ItemForm {
    private String code;
    private String labelIt;
    private String labelEn;
    private long version;

    static ItemForm of(ProfilingItem item) {
        var f = new ItemForm();
        f.code = item.code();
        f.labelIt = item.labelIt();
        f.labelEn = item.labelEn();
        f.version = item.version();
        return f;
    }

    SaveItem toCommand() {
        return new SaveItem(code == null ? null : code.strip().toUpperCase(Locale.ROOT), labelIt, labelEn);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelIt() {
        return labelIt;
    }

    public void setLabelIt(String labelIt) {
        this.labelIt = labelIt;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
