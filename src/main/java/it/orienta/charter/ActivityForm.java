package it.orienta.charter;

/** The activity's page form (a class: Spring binds it through its setters). */
class ActivityForm {
    static ActivityForm of(ActivityView a) {
        var f = new ActivityForm();
        f.id = a.id();
        f.code = a.code();
        f.labelIt = a.labelIt();
        f.labelEn = a.labelEn();
        f.descriptionIt = a.descriptionIt();
        f.descriptionEn = a.descriptionEn();
        f.stage = a.stage();
        f.delivery = a.delivery();
        f.measure = a.measure();
        f.parentId = a.parentId();
        f.version = a.version();
        return f;
    }

    ActivityCommand toCommand() {
        return new ActivityCommand(
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                labelIt,
                labelEn,
                descriptionIt,
                descriptionEn,
                stage,
                delivery,
                measure,
                parentId);
    }

    private String id;

    private String code;

    private String labelIt;

    private String labelEn;

    private String descriptionIt;

    private String descriptionEn;

    private Stage stage;

    private Delivery delivery;

    private String measure;

    private String parentId;

    private long version;

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getLabelIt() {
        return labelIt;
    }

    public void setLabelIt(String v) {
        labelIt = v;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String v) {
        labelEn = v;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public void setDescriptionIt(String v) {
        descriptionIt = v;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String v) {
        descriptionEn = v;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage v) {
        stage = v;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery v) {
        delivery = v;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String v) {
        measure = v;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String v) {
        parentId = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
