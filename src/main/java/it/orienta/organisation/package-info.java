/**
 * Employment centres (CPI), operators, their roles and accounts, and the current operator with the centre they
 * work in. Public surface: {@link it.orienta.organisation.CurrentActor}, {@link it.orienta.organisation.CentreView},
 * {@link it.orienta.organisation.Role}, {@link it.orienta.organisation.OrganisationService}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"system", "web"})
package it.orienta.organisation;
