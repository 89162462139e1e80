/**
 * A PSP's versions as the operator reads and follows them: the version page with the plan's follow-up (an item's
 * status, on the version in force too), the update that opens a new version, the differences between two versions,
 * the PSP document given to the person (tagged PDF) and the signed scan; the same in the REST API.
 *
 * <p>Owns no table: the versions are the agreement module's aggregate, read and changed through {@link
 * it.orienta.agreement.AgreementService}. Offers nothing to other modules (pages and API only).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "PSP versions",
        allowedDependencies = {
            "system",
            "person",
            "charter",
            "agreement",
            "interview",
            "proposal",
            "web",
            "organisation",
            "occupation"
        })
package it.orienta.pspversions;
