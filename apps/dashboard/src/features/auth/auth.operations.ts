import { graphql } from '@vicinity/schema/gql';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      operator {
        id
        name
        email
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      operator {
        id
        name
        email
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
