"""The only modules that touch DynamoDB. Table names come from the environment (template.yaml)."""
