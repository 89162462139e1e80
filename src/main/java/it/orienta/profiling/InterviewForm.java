package it.orienta.profiling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The interview as the page sends it: answers keyed by question id. */
class InterviewForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewDate;

    private Map<String, String> answers = new LinkedHashMap<>();
    private Integer score;
    private List<UUID> indicators = new ArrayList<>();
    private String notes;
    private long version;

    static InterviewForm of(InterviewView interview, LocalDate today) {
        var f = new InterviewForm();
        f.interviewDate = interview.interviewDate() == null ? today : interview.interviewDate();
        interview.answers().forEach((q, a) -> f.answers.put(q.toString(), a));
        f.score = interview.score();
        f.indicators = new ArrayList<>(interview.indicators());
        f.notes = interview.notes();
        f.version = interview.version();
        return f;
    }

    SaveInterview toCommand() {
        var map = new LinkedHashMap<UUID, String>();
        answers.forEach((q, a) -> map.put(UUID.fromString(q), a));
        return new SaveInterview(interviewDate, map, score, new LinkedHashSet<>(indicators), notes);
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public void setInterviewDate(LocalDate interviewDate) {
        this.interviewDate = interviewDate;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public List<UUID> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<UUID> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
