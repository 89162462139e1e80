package it.orienta.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log's filter as typed on the page or sent to the API: a person (codice fiscale, name, or the id that
 * the page's own links carry), an operator's username, the centre the entries were made in, a period (dates
 * inclusive, Italian time) and whether only exceptional accesses are wanted. Everything is text here, so that
 * wrong input becomes a message at its field rather than an error page.
 */
class AuditFilter {

    private String person;
    private String username;
    private String centre;
    private String from;
    private String to;
    private boolean exceptional;

    AuditFilter() {}

    AuditFilter(String person, String username, String centre, String from, String to, boolean exceptional) {
        this.person = person;
        this.username = username;
        this.centre = centre;
        this.from = from;
        this.to = to;
        this.exceptional = exceptional;
    }

    /** The names of the filters given, for the record of an export. */
    List<String> given() {
        var names = new ArrayList<String>();
        if (!blank(person)) {
            names.add("person");
        }
        if (!blank(username)) {
            names.add("username");
        }
        if (!blank(centre)) {
            names.add("centre");
        }
        if (!blank(from)) {
            names.add("from");
        }
        if (!blank(to)) {
            names.add("to");
        }
        if (exceptional) {
            names.add("exceptional");
        }
        return names;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isExceptional() {
        return exceptional;
    }

    public void setExceptional(boolean exceptional) {
        this.exceptional = exceptional;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditFilter f
                && java.util.Objects.equals(person, f.person)
                && java.util.Objects.equals(username, f.username)
                && java.util.Objects.equals(centre, f.centre)
                && java.util.Objects.equals(from, f.from)
                && java.util.Objects.equals(to, f.to)
                && exceptional == f.exceptional;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(person, username, centre, from, to, exceptional);
    }

    @Override
    public String toString() {
        return "AuditFilter"
                + List.of(
                        String.valueOf(person),
                        String.valueOf(username),
                        String.valueOf(centre),
                        String.valueOf(from),
                        String.valueOf(to),
                        String.valueOf(exceptional));
    }
}
