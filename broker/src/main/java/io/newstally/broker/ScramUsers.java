package io.newstally.broker;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;

/** Creates a SASL/SCRAM user with its ACLs, as the broker's admin does. */
public final class ScramUsers {

    private ScramUsers() {
    }

    /**
     * Creates (or gives a new password to) {@code user}, grants it {@code acls}, and returns the
     * client properties it logs in with.
     *
     * @param adminClient the admin's client properties
     */
    public static Properties create(Properties adminClient, String user, Collection<AclBinding> acls)
            throws InterruptedException {
        String password = BrokerConfig.randomPassword();
        try (Admin admin = Admin.create(adminClient)) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create user " + user + ": " + e.getCause().getMessage(), e);
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", adminClient.getProperty("bootstrap.servers"));
        p.putAll(BrokerConfig.scramClient(user, password));
        return p;
    }
}
