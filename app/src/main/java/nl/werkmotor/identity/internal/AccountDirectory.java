package nl.werkmotor.identity.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The accounts a form login can use. Always present, so Spring Boot never invents a default user
 * with a generated password: without the demo accounts (production) nobody can sign in this way.
 */
@Component
class AccountDirectory implements UserDetailsService {

    private final Map<String, Account> byUsername;

    AccountDirectory(ObjectProvider<DemoAccounts> demo) {
        byUsername = demo.stream()
                .flatMap(accounts -> accounts.accounts().stream())
                .collect(Collectors.toUnmodifiableMap(Account::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = byUsername.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("No account " + username);
        }
        return account;
    }
}
