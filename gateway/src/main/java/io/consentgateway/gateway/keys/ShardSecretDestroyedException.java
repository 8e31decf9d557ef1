package io.consentgateway.gateway.keys;

/** The erasure-shard secret a key was sealed under is gone: the key is from before an erasure (a backup). */
public final class ShardSecretDestroyedException extends RuntimeException {

    public ShardSecretDestroyedException() {
        super("The erasure-shard secret of this data key was destroyed; the key cannot be opened");
    }
}
