package it.orienta.cv;

/**
 * The preconditions of saving a CV (R15), as the page shows them before the upload control.
 *
 * @param educationTitles how many education titles the person has (at least one needed)
 * @param desiredOccupations how many desired occupations the person has (at least one needed)
 */
record CvChecklist(int educationTitles, int desiredOccupations) {

    public boolean hasEducationTitle() {
        return educationTitles > 0;
    }

    public boolean hasDesiredOccupation() {
        return desiredOccupations > 0;
    }

    /** Whether a CV may be saved. */
    public boolean satisfied() {
        return hasEducationTitle() && hasDesiredOccupation();
    }
}
