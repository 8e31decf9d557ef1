package io.consentgateway.gateway.security;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Checks a password against a bcrypt hash with Bouncy Castle's implementation (constant-time comparison). */
final class BcryptCredentials implements CredentialsMatcher {

    @Override
    public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        if (!(token instanceof UsernamePasswordToken login) || login.getPassword() == null) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(String.valueOf(info.getCredentials()), login.getPassword());
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
