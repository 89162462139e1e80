package it.orienta.organisation;

import it.orienta.organisation.OrganisationService.CentreCommand;
import it.orienta.organisation.OrganisationService.OperatorCommand;
import it.orienta.system.DuplicateException;
import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage centres and operator accounts. */
@Controller
class AdminController {

    private final OrganisationService organisation;

    AdminController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/admin")
    String index() {
        return "organisation/admin";
    }

    @GetMapping("/admin/centres")
    String centres(Model model) {
        model.addAttribute("centres", organisation.centres());
        return "organisation/centres";
    }

    @GetMapping("/admin/centres/new")
    String newCentre(Model model) {
        model.addAttribute("form", new CentreForm());
        return "organisation/centre-form";
    }

    @PostMapping("/admin/centres/new")
    String createCentre(
            @Valid @ModelAttribute("form") CentreForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                organisation.createCentre(form.toCommand());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/admin/centres";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return "organisation/centre-form";
    }

    @GetMapping("/admin/centres/{id}")
    String editCentre(@PathVariable UUID id, Model model) {
        model.addAttribute("form", CentreForm.from(organisation.centre(id)));
        model.addAttribute("centreId", id);
        return "organisation/centre-form";
    }

    @PostMapping("/admin/centres/{id}")
    String updateCentre(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CentreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("centreId", id);
        if (!result.hasErrors()) {
            try {
                organisation.updateCentre(id, form.getVersion(), form.toCommand());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/admin/centres";
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return "organisation/centre-form";
    }

    @GetMapping("/admin/operators")
    String operators(Model model) {
        model.addAttribute("operators", organisation.operators());
        return "organisation/operators";
    }

    @GetMapping("/admin/operators/new")
    String newOperator(Model model) {
        model.addAttribute("form", new OperatorForm());
        model.addAttribute("centres", organisation.centres());
        return "organisation/operator-form";
    }

    @PostMapping("/admin/operators/new")
    String createOperator(
            @Valid @ModelAttribute("form") OperatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("centres", organisation.centres());
        if (form.getPassword() == null || form.getPassword().length() < 12) {
            result.rejectValue("password", "rule.operator.password.too-short", new Object[] {12}, "password");
        }
        if (!result.hasErrors()) {
            try {
                organisation.createOperator(form.toCommand(), form.getPassword());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/admin/operators";
            } catch (DuplicateException e) {
                Forms.reject(result, e);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        form.setPassword(null);
        return "organisation/operator-form";
    }

    @GetMapping("/admin/operators/{id}")
    String editOperator(@PathVariable UUID id, Model model) {
        model.addAttribute("form", OperatorForm.from(organisation.operator(id)));
        model.addAttribute("operatorId", id);
        model.addAttribute("centres", organisation.centres());
        return "organisation/operator-form";
    }

    @PostMapping("/admin/operators/{id}")
    String updateOperator(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OperatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("operatorId", id);
        model.addAttribute("centres", organisation.centres());
        if (form.getPassword() != null
                && !form.getPassword().isEmpty()
                && form.getPassword().length() < 12) {
            result.rejectValue("password", "rule.operator.password.too-short", new Object[] {12}, "password");
        }
        if (!result.hasErrors()) {
            try {
                organisation.updateOperator(id, form.getVersion(), form.toCommand(), form.getPassword());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/admin/operators";
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        form.setPassword(null);
        return "organisation/operator-form";
    }

    /** The centre form. */
    static class CentreForm {
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "{field.centre-code}")
        private String code;

        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.too-long}")
        @PlainText
        private String name;

        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{field.province}")
        private String province;

        @NotBlank(message = "{field.required}")
        @Size(max = 300, message = "{field.too-long}")
        @PlainText
        private String address;

        private boolean active = true;
        private long version;

        static CentreForm from(CentreView c) {
            var f = new CentreForm();
            f.code = c.code();
            f.name = c.name();
            f.province = c.province();
            f.address = c.address();
            f.active = c.active();
            f.version = c.version();
            return f;
        }

        CentreCommand toCommand() {
            return new CentreCommand(code.strip(), name.strip(), province.strip(), address.strip(), active);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String v) {
            code = v == null ? null : v.strip().toUpperCase(java.util.Locale.ROOT);
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getProvince() {
            return province;
        }

        public void setProvince(String v) {
            province = v == null ? null : v.strip().toUpperCase(java.util.Locale.ROOT);
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String v) {
            address = v;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean v) {
            active = v;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long v) {
            version = v;
        }
    }

    /** The operator form; the password is set by the administrator and changed by them only. */
    static class OperatorForm {
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[a-zA-Z0-9._-]{3,100}", message = "{field.username}")
        private String username;

        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.too-long}")
        @PlainText
        private String fullName;

        @NotBlank(message = "{field.required}")
        @Email(message = "{field.email}")
        @Size(max = 254, message = "{field.too-long}")
        private String email;

        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private Set<String> centreCodes = new LinkedHashSet<>();
        private boolean active = true;
        private String password;
        private long version;

        static OperatorForm from(OperatorAccount a) {
            var f = new OperatorForm();
            f.username = a.username();
            f.fullName = a.fullName();
            f.email = a.email();
            f.roles = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
            f.centreCodes = new LinkedHashSet<>(a.centreCodes());
            f.active = a.active();
            f.version = a.version();
            return f;
        }

        OperatorCommand toCommand() {
            return new OperatorCommand(username.strip(), fullName.strip(), email.strip(), roles, centreCodes, active);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String v) {
            username = v;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String v) {
            fullName = v;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String v) {
            email = v;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> v) {
            roles = v == null ? EnumSet.noneOf(Role.class) : v;
        }

        public Set<String> getCentreCodes() {
            return centreCodes;
        }

        public void setCentreCodes(Set<String> v) {
            centreCodes = v == null ? new LinkedHashSet<>() : v;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean v) {
            active = v;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String v) {
            password = v;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long v) {
            version = v;
        }
    }
}
