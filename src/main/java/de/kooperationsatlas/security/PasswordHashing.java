package de.kooperationsatlas.security;

import de.kooperationsatlas.base.AtlasProperties;
import de.kooperationsatlas.base.DataFolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt, then AES-256-GCM with the server's secret: a hash read through a Bolt client or the console
 * is useless without the secret. The secret is {@code ATLAS_SECRET}, or a key file generated in the
 * data folder on the first start.
 */
final class PasswordHashing implements PasswordEncoder {

    static final String SECRET_FILE = "atlas-secret";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    private final TextEncryptor encryptor;

    PasswordHashing(String secret, String salt) {
        this.encryptor = Encryptors.delux(secret, salt);
    }

    static PasswordHashing from(AtlasProperties properties, DataFolder data) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            secret = data.readSecret(SECRET_FILE).orElseGet(() -> {
                String generated = DataFolder.randomHex(32);
                data.writeSecret(SECRET_FILE, generated);
                return generated;
            });
        }
        // The salt is derived from the secret so that one value configures the whole scheme.
        String salt = org.springframework.util.DigestUtils.md5DigestAsHex(("kooperationsatlas:" + secret).getBytes())
                .substring(0, 16);
        return new PasswordHashing(secret, salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encryptor.encrypt(bcrypt.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null || encodedPassword.isBlank()) {
            return false;
        }
        try {
            return bcrypt.matches(rawPassword, encryptor.decrypt(encodedPassword));
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Encrypted with another secret: the user cannot sign in until an admin resets the password.
            return false;
        }
    }
}
