/**
 * The basic-guidance interview and the personalised service agreement (patto di servizio personalizzato, PSP):
 * the interview's three phases (R6–R9) on one screen, the action plan with its follow-up, the measures agreed
 * (R25), the legal content of art. 20 D.Lgs. 150/2015 (R10), signed versions that never change, the PDF given to
 * the person, and the differences between versions. The interview is held in basic-guidance meetings (A05) of the
 * guidance module, judged against the charter like any other. Public surface:
 * {@link it.orienta.agreement.AgreementService}, its views, commands and events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Service agreement",
        allowedDependencies = {
            "system",
            "organisation",
            "person",
            "intake",
            "charter",
            "guidance",
            "pathway",
            "home",
            "web"
        })
package it.orienta.agreement;
