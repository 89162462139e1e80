package it.orienta.caseload;

import it.orienta.system.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The coordinator's assignment on the list: the persons ticked ("id:version"), the operator and the reason. */
class AssignForm {

    private List<String> persons = new ArrayList<>();
    private UUID operatorId;

    @PlainText(multiline = true)
    private String reason;

    public List<String> getPersons() {
        return persons;
    }

    public void setPersons(List<String> v) {
        persons = v == null ? new ArrayList<>() : v;
    }

    public UUID getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(UUID v) {
        operatorId = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    /** The persons ticked with the version each was shown at; a value that is not "uuid:version" is left out. */
    Map<UUID, Long> targets() {
        var result = new LinkedHashMap<UUID, Long>();
        for (var value : persons) {
            int colon = value.indexOf(':');
            try {
                if (colon < 0) {
                    result.put(UUID.fromString(value), null);
                } else {
                    result.put(UUID.fromString(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
                }
            } catch (IllegalArgumentException e) {
                // not one of ours: ignored, the rules refuse an empty selection
            }
        }
        return result;
    }
}
