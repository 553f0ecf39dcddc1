import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putStack('it-stack-fs-1', '''{
  "outputs": [
    {"OutputKey": "TableName", "OutputValue": "orders-it-stack-fs-1"},
    {"OutputKey": "ApiUrl", "OutputValue": "https://api.it-stack-fs-1.example/prod?a=1&b=2"},
    {"OutputKey": "QueueUrl", "OutputValue": "https://sqs/q-fs-1", "ExportName": "queue-url-it-stack-fs-1"}],
  "exports": [{"Name": "table-name-it-stack-fs-1", "Value": "orders-it-stack-fs-1"}],
  "resources": [{"LogicalResourceId": "OrdersTable", "PhysicalResourceId": "it-stack-fs-1-OrdersTable-1X2Y",
                 "ResourceType": "AWS::DynamoDB::Table"}]}''')
// Another stage's stack: its exports must not reach this one's tests.
aws.putStack('it-stack-fs-2', '''{
  "exports": [{"Name": "table-name-it-stack-fs-2", "Value": "orders-it-stack-fs-2"},
              {"Name": "unrelated-export-fs", "Value": "x"}]}''')
true
