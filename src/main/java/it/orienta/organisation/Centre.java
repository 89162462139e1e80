package it.orienta.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "centre")
class Centre {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    private String name;
    private String province;
    private String address;
    private boolean active;

    @Version
    private Long version;

    protected Centre() {}

    Centre(String code, String name, String province, String address) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.active = true;
        update(name, province, address, true);
    }

    void update(String name, String province, String address, boolean active) {
        this.name = name;
        this.province = province;
        this.address = address;
        this.active = active;
    }

    CentreView view() {
        return new CentreView(id, code, name, province, address, active, version == null ? 0 : version);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
