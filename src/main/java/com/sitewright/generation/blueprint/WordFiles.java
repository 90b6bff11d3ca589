package com.sitewright.generation.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words the blueprints write from, kept in JSON files under {@code src/main/resources/blueprint/}: one per
 * industry, plus the vocabulary every site shares and the lexicon the prompt reader uses. Each file is read once
 * into a record, strictly: a key the record lacks, a field missing from an entry, an empty list and a blank field
 * each fail with the file's name and the key, so a broken file fails the build rather than the generation.
 */
final class WordFiles {

    /** Every file and the record it is read into, for the test that checks them all. */
    static final Map<String, Class<? extends Record>> ALL = files();

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WordFiles() {}

    private static Map<String, Class<? extends Record>> files() {
        Map<String, Class<? extends Record>> files = new LinkedHashMap<>();
        files.put("common.json", CommonVocabulary.Words.class);
        files.put("coffee-shop.json", CoffeeShopModel.Words.class);
        files.put("restaurant.json", RestaurantModel.Words.class);
        files.put("ecommerce.json", EcommerceModel.Words.class);
        files.put("blog.json", BlogModel.Words.class);
        files.put("law-firm.json", LawFirmModel.Words.class);
        files.put("real-estate.json", RealEstateModel.Words.class);
        files.put("saas.json", SaasModel.Words.class);
        files.put("hotel.json", HotelModel.Words.class);
        files.put("generic.json", GenericModel.Words.class);
        files.put("prompt-types.json", PromptTypes.Words.class);
        files.put("thing-kinds.json", ThingKind.Words.class);
        return files;
    }

    /** The file {@code blueprint/<name>} read into the record type; fails with the file and key when malformed. */
    static <T extends Record> T load(String name, Class<T> type) {
        String path = "blueprint/" + name;
        try (InputStream in = WordFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return read(path, in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(path + " cannot be read", e);
        }
    }

    /** The JSON read into the record type, checked; {@code path} names the file in messages. */
    static <T extends Record> T read(String path, InputStream in, Class<T> type) {
        T words;
        try {
            words = JSON.readValue(in, type);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    path + ": " + key(e.getPath()) + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse(""),
                    e);
        }
        return type.cast(checked(path, "", words));
    }

    private static String key(List<JacksonException.Reference> path) {
        StringBuilder key = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex()).append(']');
            }
        }
        return key.isEmpty() ? "(top level)" : key.toString();
    }

    /**
     * The value, checked and made unmodifiable. Lists and maps must not be empty and a record's text fields not
     * blank; words in a list may be empty: a variant list such as {@code ["", " (Decaf)"]} uses that for "none".
     */
    private static Object checked(String path, String key, Object value) {
        switch (value) {
            case null -> throw new IllegalStateException(path + ": " + key + " is null");
            case Record record -> {
                RecordComponent[] components = record.getClass().getRecordComponents();
                Object[] fields = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    String child = key.isEmpty() ? components[i].getName() : key + "." + components[i].getName();
                    Object field = read(components[i], record);
                    if (field instanceof String text && text.isBlank()) {
                        throw new IllegalStateException(path + ": " + child + " is blank");
                    }
                    fields[i] = checked(path, child, field);
                    types[i] = components[i].getType();
                }
                return construct(record.getClass(), types, fields);
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    throw new IllegalStateException(path + ": " + key + " is an empty list");
                }
                List<Object> copy = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    copy.add(checked(path, key + "[" + i + "]", list.get(i)));
                }
                return List.copyOf(copy);
            }
            case Set<?> set -> {
                if (set.isEmpty()) {
                    throw new IllegalStateException(path + ": " + key + " is an empty list");
                }
                return Set.copyOf(set);
            }
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    throw new IllegalStateException(path + ": " + key + " is empty");
                }
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((name, entry) -> copy.put(name, checked(path, key + "." + name, entry)));
                return Collections.unmodifiableMap(copy);
            }
            default -> {
                return value;
            }
        }
    }

    private static Object construct(Class<?> type, Class<?>[] componentTypes, Object[] fields) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(componentTypes);
            constructor.setAccessible(true);
            return constructor.newInstance(fields);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
