package it.orienta.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "operator")
class Operator {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    private String fullName;
    private String email;
    private String passwordHash;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_role", joinColumns = @JoinColumn(name = "operator_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_centre", joinColumns = @JoinColumn(name = "operator_id"))
    @Column(name = "centre_code")
    private Set<String> centreCodes = new LinkedHashSet<>();

    @Version
    private Long version;

    protected Operator() {}

    Operator(String username, String fullName, String email, String passwordHash) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.active = true;
        this.fullName = fullName;
        this.email = email;
    }

    void update(String fullName, String email, Set<Role> roles, Set<String> centreCodes, boolean active) {
        if (roles.isEmpty()) {
            throw new it.orienta.system.RuleViolationException("operator.roles.required", "roles");
        }
        if (centreCodes.isEmpty()) {
            throw new it.orienta.system.RuleViolationException("operator.centres.required", "centreCodes");
        }
        this.fullName = fullName;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.centreCodes = new LinkedHashSet<>(centreCodes);
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    OperatorAccount account() {
        return new OperatorAccount(
                id,
                username,
                fullName,
                email,
                Set.copyOf(roles),
                centreCodes.stream().sorted().toList(),
                active,
                version == null ? 0 : version);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
