package it.orienta.interview;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The signature page: the date on paper, the scan when uploaded, the version the operator saw. */
class SignForm {
    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    private MultipartFile scan;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public MultipartFile getScan() {
        return scan;
    }

    public void setScan(MultipartFile scan) {
        this.scan = scan;
    }
}
