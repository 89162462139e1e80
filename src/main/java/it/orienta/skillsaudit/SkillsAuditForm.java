package it.orienta.skillsaudit;

/** The draft's form: the four sections, the version it is based on, and whether to complete it too. */
class SkillsAuditForm {
    private String history = "";
    private String skills = "";
    private String gaps = "";
    private String recommendations = "";
    private long version;
    private String action;

    static SkillsAuditForm of(SkillsAuditDocumentView d) {
        var form = new SkillsAuditForm();
        form.history = d.history();
        form.skills = d.skills();
        form.gaps = d.gaps();
        form.recommendations = d.recommendations();
        form.version = d.version();
        return form;
    }

    SkillsAuditDocuments.Sections sections() {
        return new SkillsAuditDocuments.Sections(history, skills, gaps, recommendations);
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String v) {
        history = v;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String v) {
        skills = v;
    }

    public String getGaps() {
        return gaps;
    }

    public void setGaps(String v) {
        gaps = v;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String v) {
        recommendations = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String v) {
        action = v;
    }
}
