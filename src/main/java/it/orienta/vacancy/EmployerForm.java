package it.orienta.vacancy;

/** The page's form of an employer; {@code municipalityCode} holds what was typed or chosen. */
class EmployerForm {

    private String taxCode = "";
    private String name = "";
    private String atecoCode = "";
    private String municipalityCode = "";
    private String address = "";
    private String email = "";
    private String phone = "";
    private String contactPerson = "";
    private VacancyTerms.SizeBand sizeBand;
    private String notes = "";
    private long version;

    /** The form of an employer read (its municipality shown as "Firenze (FI) · 048017"). */
    static EmployerForm of(EmployerView e, String municipalityChoice) {
        var f = new EmployerForm();
        f.taxCode = e.taxCode();
        f.name = e.name();
        f.atecoCode = e.atecoCode();
        f.municipalityCode = municipalityChoice;
        f.address = e.address();
        f.email = e.email();
        f.phone = e.phone();
        f.contactPerson = e.contactPerson();
        f.sizeBand = e.sizeBand();
        f.notes = e.notes();
        f.version = e.version();
        return f;
    }

    /** The command, the municipality field resolved to its code by {@code municipality}. */
    EmployerCommand toCommand(String municipality) {
        return new EmployerCommand(
                taxCode,
                name,
                atecoCode,
                municipality,
                address,
                email,
                phone,
                contactPerson,
                sizeBand,
                notes,
                null,
                null);
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAtecoCode() {
        return atecoCode;
    }

    public void setAtecoCode(String atecoCode) {
        this.atecoCode = atecoCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public VacancyTerms.SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(VacancyTerms.SizeBand sizeBand) {
        this.sizeBand = sizeBand;
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
