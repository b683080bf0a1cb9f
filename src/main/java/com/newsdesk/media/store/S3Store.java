package com.newsdesk.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in an S3 bucket, through AWS SDK v2 with the JDK's HTTP client. Checksums are computed
 * and validated only where S3 requires them: S3-compatible servers (MinIO, Ceph, R2, s3proxy) do
 * not all speak the SDK's newer default checksum headers.
 */
public class S3Store implements MediaStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3Store(
            Optional<String> endpoint,
            String region,
            String bucket,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey,
            boolean pathStyle) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(pathStyle);
        endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)));
        if (accessKeyId.isPresent() && secretAccessKey.isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path source, String contentType) throws IOException {
        call(() -> s3.putObject(
                b -> b.bucket(bucket).key(MediaStore.checked(key)).contentType(contentType),
                RequestBody.fromFile(source)));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        call(() -> s3.putObject(
                b -> b.bucket(bucket).key(MediaStore.checked(key)).contentType(contentType),
                RequestBody.fromBytes(bytes)));
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(MediaStore.checked(key)))
                    .contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("S3 HEAD " + key + " failed: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 HEAD " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.empty();
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket)
                    .key(MediaStore.checked(key))
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (SdkException e) {
            throw new IOException("S3 GET " + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(Collection<String> keys) throws IOException {
        List<ObjectIdentifier> objects = new ArrayList<>();
        for (String key : keys) {
            objects.add(ObjectIdentifier.builder().key(MediaStore.checked(key)).build());
        }
        // DeleteObjects takes at most 1,000 keys a request.
        for (int from = 0; from < objects.size(); from += 1000) {
            List<ObjectIdentifier> chunk = objects.subList(from, Math.min(objects.size(), from + 1000));
            call(() -> s3.deleteObjects(b -> b.bucket(bucket)
                    .delete(Delete.builder().objects(chunk).quiet(true).build())));
        }
    }

    private static void call(Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException | UncheckedIOException e) {
            throw new IOException("S3 request failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
