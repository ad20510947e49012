package nl.werkmotor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.ProductionEnvironment;
import nl.werkmotor.platform.RefusedConfigurationException;

class DemoAccountsTest {

    private final ApplicationContextRunner identity = new ApplicationContextRunner()
            .withUserConfiguration(AccountDirectory.class, DemoAccounts.class, ProductionEnvironment.class)
            .withPropertyValues("werkmotor.region=AM22"); // application.yml's, which a context runner does not read

    @Test
    void developmentHasOneDemoAccountPerRoleWithPasswordDemo() {
        identity.withInitializer(context -> context.getEnvironment().setActiveProfiles("dev")).run(context -> {
            UserDetailsService accounts = context.getBean(UserDetailsService.class);
            var passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

            for (Role role : Role.values()) {
                Account account = (Account) accounts.loadUserByUsername(role.dutchName());
                assertThat(account.user().role()).isEqualTo(role);
                assertThat(account.user().organisation().name()).isNotBlank();
                assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_" + role.name());
                assertThat(passwords.matches("demo", account.getPassword())).isTrue();
            }
            assertThat(((Account) accounts.loadUserByUsername("accountmanager")).user().organisation().regionCode())
                    .as("the demo WSP serves the deployment's region").isEqualTo("AM22");
        });
    }

    @Test
    void testsHaveTheDemoAccountsToo() {
        identity.withInitializer(context -> context.getEnvironment().setActiveProfiles("test"))
                .run(context -> assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("beheerder"))
                        .isNotNull());
    }

    /** Item 6 of issue 12, defence in depth: however a development profile came to be active. */
    @Test
    void theDemoAccountsRefuseAConfiguredDatabase() {
        identity.withInitializer(context -> context.getEnvironment().setActiveProfiles("test"))
                .withPropertyValues("werkmotor.db.url=jdbc:postgresql://db.example:5432/werkmotor")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(RefusedConfigurationException.class)
                        .hasMessageContaining("WERKMOTOR_DB_URL"));
    }

    @Test
    void productionWithADevelopmentProfileHasNoDemoAccountsEither() {
        identity.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "dev"))
                .run(context -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
    }

    @Test
    void productionHasNoDemoAccounts() {
        identity.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod")).run(context -> {
            assertThat(context).doesNotHaveBean(DemoAccounts.class);
            UserDetailsService accounts = context.getBean(UserDetailsService.class);
            Arrays.stream(Role.values()).forEach(role ->
                    assertThatThrownBy(() -> accounts.loadUserByUsername(role.dutchName()))
                            .isInstanceOf(UsernameNotFoundException.class));
        });
    }
}
